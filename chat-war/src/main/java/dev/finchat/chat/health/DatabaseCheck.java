package dev.finchat.chat.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers a query: without it no message can be stored. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

  @PersistenceContext(unitName = "finchat")
  EntityManager entityManager;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("database");
    try {
      entityManager.createQuery("SELECT r.name FROM Room r").setMaxResults(1).getResultList();
      return check.up().build();
    } catch (PersistenceException e) {
      return check.down().withData("problem", String.valueOf(e.getMessage())).build();
    }
  }
}
