package org.edhub;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
@SpringBootApplication
public class EdhubApplication {
    public static void main(String[] args) { SpringApplication.run(EdhubApplication.class, args); }
}
