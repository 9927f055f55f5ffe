package org.hearth.federation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The federation module's boundaries, checked on the compiled classes. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackagesOf(Peer.class);

  @Test
  void noBouncyCastleNoJakartaEe() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.bouncycastle..", "jakarta..", "javax.persistence..")
        .check(CLASSES);
  }

  @Test
  void onlyTheProtocolPackageUsesNimbusDirectly() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.hearth.federation.protocol")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.nimbusds..")
        .check(CLASSES);
  }

  /** Packages depend one way: root, then spi and protocol, then verify, then merge and sync. */
  @ParameterizedTest(name = "{0} does not use {1}")
  @CsvSource({
    "org.hearth.federation, org.hearth.federation.(*)..",
    "org.hearth.federation.spi.., org.hearth.federation.(protocol|verify|merge|sync)..",
    "org.hearth.federation.protocol.., org.hearth.federation.(spi|verify|merge|sync)..",
    "org.hearth.federation.verify.., org.hearth.federation.(merge|sync)..",
    "org.hearth.federation.merge.., org.hearth.federation.(spi|sync)..",
    "org.hearth.federation.sync.., org.hearth.federation.(spi|merge|protocol)..",
  })
  void layers(String from, String forbidden) {
    noClasses()
        .that()
        .resideInAPackage(from)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(forbidden)
        .check(CLASSES);
  }
}
