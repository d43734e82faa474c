package org.frontline.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code web} built, exactly as users deploy it. */
final class FrontlineDeployment {
    private FrontlineDeployment() {}

    static WebArchive war() {
        File war = new File(System.getProperty("frontline.war", "../web/target/frontline.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first: " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
