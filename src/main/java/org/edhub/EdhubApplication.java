package org.edhub;

import org.edhub.cli.RunCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The hub. {@code java -jar edhub.jar} starts it; {@code java -jar edhub.jar run <program> ...} runs one state
 * program over local files instead, with no server, SFTP or mail.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EdhubApplication {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(RunCommand.NAME)) {
            System.exit(RunCommand.execute(args, System.out, System.err));
        }
        SpringApplication.run(EdhubApplication.class, args);
    }
}
