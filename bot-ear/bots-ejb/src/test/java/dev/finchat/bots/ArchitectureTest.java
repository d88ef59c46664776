package dev.finchat.bots;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The bot node's package rules, read from its compiled classes: dependencies between packages point
 * one way, and the broker's types stay in the message-driven beans and infrastructure.
 */
@AnalyzeClasses(packages = "dev.finchat.bots", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** JMS, the AMQP client and pool, the resource adapter and the wire contract's JMS edge. */
  private static final String[] BROKER_TYPES = {
    "jakarta.jms..",
    "org.apache.qpid..",
    "org.messaginghub..",
    "dev.finchat.amqp..",
    "dev.finchat.wire.jms.."
  };

  private static final String[] PAGE_TYPES = {"jakarta.faces..", "jakarta.websocket.."};

  private static final String[] EDGES = {"..boundary..", "..infrastructure.."};

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices()
          .matching("dev.finchat.bots.(**)")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .because("a package should be understood, tested and changed without those above it");

  @ArchTest
  static final ArchRule onlyTheEdgesUseTheBroker =
      noClasses()
          .that()
          .resideOutsideOfPackages(EDGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BROKER_TYPES)
          .because("bots and their failure policy are plain classes that run without a broker");

  @ArchTest
  static final ArchRule onlyTheEdgesUseFacesOrWebSocket =
      noClasses()
          .that()
          .resideOutsideOfPackages(EDGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PAGE_TYPES)
          .because("rules live in plain classes that run without a container");

  @ArchTest
  static final ArchRule onlyBoundariesUseBoundaries =
      noClasses()
          .that()
          .resideOutsideOfPackage("..boundary..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..boundary..")
          .because("a boundary is an entry point: control and infrastructure serve it");

  @ArchTest
  static final ArchRule healthUsesNoFeatureLogic =
      noClasses()
          .that()
          .resideInAPackage("dev.finchat.bots.health..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..boundary..", "..control..")
          .because("readiness asks infrastructure whether the broker is there, nothing more");
}
