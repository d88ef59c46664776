package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.AccountRefused;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Shows what is wrong with a submitted form: each problem next to its field, in plain words. */
final class Forms {

  private Forms() {}

  static void show(String formId, AccountRefused refused) {
    refused.problems().forEach((field, problem) -> error(formId + ":" + field, problem));
  }

  /** A problem next to one field, or for the whole form when {@code clientId} is null. */
  static void error(String clientId, String problem) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
  }
}
