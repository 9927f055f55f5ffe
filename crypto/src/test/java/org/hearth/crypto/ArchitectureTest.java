package org.hearth.crypto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The crypto module's boundaries, checked on the compiled classes. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.hearth");

  @Test
  void onlyTheBcPackageTouchesBouncyCastle() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.hearth.crypto.bc..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.bouncycastle..")
        .check(CLASSES);
  }

  @Test
  void theVocabularyDoesNotDependOnJose() {
    noClasses()
        .that()
        .resideInAPackage("org.hearth.crypto")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hearth.crypto.jose..")
        .check(CLASSES);
  }

  @Test
  void nothingTouchesJakartaEe() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta..", "javax.persistence..", "org.eclipse.persistence..")
        .check(CLASSES);
  }
}
