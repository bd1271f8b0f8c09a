package org.edhub.hub.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. A locked-out user is told how long to wait. */
@Controller
public class LoginController {

    @GetMapping("/login")
    public String login(HttpSession session, Model model) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("failure", failure instanceof LockedException locked ? locked.getMessage() : "Wrong username or password.");
        return "login";
    }
}
