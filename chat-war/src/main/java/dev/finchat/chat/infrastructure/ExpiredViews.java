package dev.finchat.chat.infrastructure;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A form posted from a view the server no longer holds (the session expired, or the view state was
 * stale or forged) is not a server error: the person is sent back to a fresh copy of the page
 * instead of a 500.
 */
public class ExpiredViews extends ExceptionHandlerWrapper {

  public ExpiredViews(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    var events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      var context = (ExceptionQueuedEventContext) events.next().getSource();
      if (expired(context.getException())) {
        events.remove();
        showAfresh(context.getContext());
      }
    }
    getWrapped().handle();
  }

  private static boolean expired(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
      if (!(cause instanceof FacesException)) {
        return false;
      }
    }
    return false;
  }

  private static void showAfresh(FacesContext faces) {
    var request = (HttpServletRequest) faces.getExternalContext().getRequest();
    // A page served through a filter's forward (/u/<name>/…) is asked for by its public address.
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String page = forwarded != null ? forwarded.toString() : request.getRequestURI();
    try {
      faces.getExternalContext().redirect(page);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Registered in {@code faces-config.xml}. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViews(getWrapped().getExceptionHandler());
    }
  }
}
