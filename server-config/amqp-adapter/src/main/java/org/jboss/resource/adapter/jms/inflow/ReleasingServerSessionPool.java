package org.jboss.resource.adapter.jms.inflow;

import java.util.List;

/** The adapter's session pool with {@link ReleasingServerSession}s in place of its own. */
public class ReleasingServerSessionPool extends JmsServerSessionPool {

  public ReleasingServerSessionPool(JmsActivation activation) {
    super(activation);
  }

  @Override
  protected void setupSessions() throws Exception {
    List<JmsServerSession> created;
    synchronized (serverSessions) {
      for (int i = 0; i < getActivation().getActivationSpec().getMaxSession(); i++) {
        serverSessions.add(new ReleasingServerSession(this));
      }
      sessionCount = serverSessions.size();
      created = List.copyOf(serverSessions);
    }
    for (JmsServerSession session : created) {
      session.setup();
    }
  }
}
