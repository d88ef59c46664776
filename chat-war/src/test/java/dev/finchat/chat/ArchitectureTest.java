package dev.finchat.chat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The chat node's package rules, read from its compiled classes: dependencies between packages
 * point one way, and the broker's, the pages' and the WebSockets' types stay at the edges.
 */
@AnalyzeClasses(packages = "dev.finchat.chat", importOptions = ImportOption.DoNotIncludeTests.class)
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
          .matching("dev.finchat.chat.(**)")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .because("a package should be understood, tested and changed without those above it");

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
  static final ArchRule onlyTheEdgesUseTheBroker =
      noClasses()
          .that()
          .resideOutsideOfPackages(EDGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BROKER_TYPES)
          .because("the broker is reached through boundary beans and infrastructure only");

  @ArchTest
  static final ArchRule onlyBoundariesUseBoundaries =
      noClasses()
          .that()
          .resideOutsideOfPackage("..boundary..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..boundary..")
          .because("a boundary is an entry point: control, entity and infrastructure serve it");

  @ArchTest
  static final ArchRule infrastructureAndHealthUseNoFeature =
      noClasses()
          .that()
          .resideInAnyPackage("dev.finchat.chat.infrastructure..", "dev.finchat.chat.health..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..boundary..", "..control..", "..entity..", "dev.finchat.chat.start..")
          .because("every feature depends on infrastructure, so it can depend on none of them");

  @ArchTest
  static final ArchRule sharedUsesOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage("dev.finchat.chat.shared..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.finchat.chat.shared..")
          .because("the features share it, so it may hold nothing of theirs nor of a container");
}
