package dev.finchat.chat.start;

import java.util.logging.Logger;

/**
 * Runs a step that creates a row unless it exists, where chat nodes that start at once on a new
 * database may race: both find the row missing, both insert it, and the later commit fails on the
 * key the other one stored. The loser looks again and finds the row, so the step is tried a second
 * time; a step that fails for any other reason fails the second time too, and that failure stands.
 */
final class SeedStep {

  private static final Logger LOG = Logger.getLogger(SeedStep.class.getName());

  private SeedStep() {}

  static void once(Runnable createUnlessPresent) {
    try {
      createUnlessPresent.run();
    } catch (RuntimeException lostRaceToAnotherNode) {
      LOG.info(
          () ->
              "Another chat node may have seeded the database first; looking again after: "
                  + lostRaceToAnotherNode);
      createUnlessPresent.run();
    }
  }
}
