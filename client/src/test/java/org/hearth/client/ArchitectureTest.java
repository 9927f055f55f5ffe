package org.hearth.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  final JavaClasses client =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.hearth.client");

  @Test
  void theClientUsesCryptoNotBouncyCastleNorServerApis() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.bouncycastle..",
            "org.hearth.crypto.bc..",
            "jakarta.ws..",
            "jakarta.enterprise..",
            "jakarta.persistence..",
            "org.hearth.server..",
            "org.hearth.federation..")
        .check(client);
  }

  @Test
  void onlyTheCommandLinesPrintOrParseArguments() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.hearth.client.cli..", "org.hearth.client.load..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..")
        .check(client);
  }

  @Test
  void theKeyringAndTheApiDoNotKnowEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.hearth.client.keyring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hearth.client.api..")
        .check(client);
    noClasses()
        .that()
        .resideInAPackage("org.hearth.client.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hearth.client.keyring..")
        .check(client);
  }

  @Test
  void theMemberLayerSitsBetweenTheApiAndTheCommandLine() {
    noClasses()
        .that()
        .resideInAnyPackage("org.hearth.client.api..", "org.hearth.client.keyring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hearth.client.member..")
        .check(client);
    noClasses()
        .that()
        .resideInAPackage("org.hearth.client.member..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hearth.client.cli..")
        .check(client);
  }
}
