package org.hearth.server.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every Arquillian test uses: the WAR the build produced, as operators deploy
 * it, plus the test classes.
 */
public final class HearthDeployment {
  private HearthDeployment() {}

  public static WebArchive create(Class<?>... testClasses) {
    File war = new File(System.getProperty("hearth.war", "target/hearth.war"));
    // Named apart from the "hearth" application of server.xml: Liberty refuses two of one name.
    return ShrinkWrap.create(WebArchive.class, "hearth-it.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
        .addClasses(testClasses)
        .addClass(HearthDeployment.class);
  }
}
