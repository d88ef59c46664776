package dev.finchat.chat.admin.boundary;

import dev.finchat.chat.admin.control.AdminRefused;
import dev.finchat.chat.admin.control.Administration;
import dev.finchat.chat.admin.control.Paging;
import dev.finchat.chat.admin.control.UserSearch;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code /admin/users/?q=…&page=…}: people found by a search, a page at a time, and what an
 * administrator can do to each. The rows stay in the view, so a button acts on the row it was shown
 * on even if the list changed meanwhile; every action ends in a redirect with a flash message.
 */
@Named
@ViewScoped
public class AdminUsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Administration administration;

  private String query = "";
  private Paging paging = new Paging(1, Administration.PAGE_SIZE, 0);
  private List<UserRow> rows = List.of();

  /** On the GET: the search and page from the query string, read leniently. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    var parameters = faces.getExternalContext().getRequestParameterMap();
    var search = new UserSearch(parameters.get("q"));
    query = search.text();
    paging =
        Paging.of(
            parameters.get("page"), Administration.PAGE_SIZE, administration.countPeople(search));
    rows = administration.people(search, paging).stream().map(UserRow::of).toList();
  }

  public void disable(String username) throws IOException {
    act(username, administration::disable, username + " is disabled and signed out everywhere.");
  }

  public void enable(String username) throws IOException {
    act(username, administration::enable, username + " is enabled: they can sign in again.");
  }

  public void grantAdmin(String username) throws IOException {
    act(
        username,
        administration::grantAdmin,
        username + " is an administrator from their next sign-in.");
  }

  public void revokeAdmin(String username) throws IOException {
    act(username, administration::revokeAdmin, username + " is no longer an administrator.");
  }

  public void resetPassword(String username) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      String temporary = administration.resetPassword(actor(external), username);
      external.getFlash().put("done", "The password of " + username + " is reset.");
      external.getFlash().put("temporaryPassword", temporary);
      external.getFlash().put("temporaryFor", username);
    } catch (AdminRefused refused) {
      external.getFlash().put("problem", refused.getMessage());
    }
    backToList(external);
  }

  private void act(String username, BiConsumer<String, String> action, String done)
      throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      action.accept(actor(external), username);
      external.getFlash().put("done", done);
    } catch (AdminRefused refused) {
      external.getFlash().put("problem", refused.getMessage());
    }
    backToList(external);
  }

  private static String actor(ExternalContext external) {
    return external.getUserPrincipal().getName();
  }

  private void backToList(ExternalContext external) throws IOException {
    external.redirect(
        external.getRequestContextPath() + "/admin/users/" + queryString(paging.page()));
  }

  /** The query string of another page of this search. */
  public String queryString(int page) {
    String search =
        query.isEmpty() ? "" : "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
    return "?" + search + "page=" + page;
  }

  public String getPreviousPage() {
    return queryString(paging.page() - 1);
  }

  public String getNextPage() {
    return queryString(paging.page() + 1);
  }

  public String getQuery() {
    return query;
  }

  public Paging getPaging() {
    return paging;
  }

  public List<UserRow> getRows() {
    return rows;
  }
}
