package org.jixiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Jixiao (绩效): budget performance management, the loop of ex-ante assessment → targets → monitoring →
 * evaluation → result application. One deployable; each stage is a closed Spring Modulith module.
 */
@SpringBootApplication
@Modulithic(systemName = "Jixiao (绩效)", sharedModules = "sharedkernel")
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
