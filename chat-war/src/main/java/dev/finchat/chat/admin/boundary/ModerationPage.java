package dev.finchat.chat.admin.boundary;

import dev.finchat.chat.admin.control.AdminRefused;
import dev.finchat.chat.admin.control.MessageSearch;
import dev.finchat.chat.admin.control.Moderation;
import dev.finchat.chat.admin.control.Paging;
import dev.finchat.chat.rooms.entity.ChatMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/messages/?room=…&author=…&text=…&page=…}: stored messages found by room, author or
 * text, newest first, each with a Delete button; a deletion ends in a redirect to the same search
 * with a flash message.
 */
@Named
@ViewScoped
public class ModerationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject Moderation moderation;

  private MessageSearch search = new MessageSearch(null, null, null);
  private Paging paging = new Paging(1, Moderation.PAGE_SIZE, 0);
  private List<Row> rows = List.of();

  /** One message as the page shows it; kept in the view. */
  public record Row(String room, long seq, String author, String text, String when)
      implements Serializable {

    static Row of(ChatMessage message) {
      return new Row(
          message.room(),
          message.sequence(),
          message.author(),
          message.text(),
          WHEN.format(message.postedAt()));
    }

    public String getRoom() {
      return room;
    }

    public long getSeq() {
      return seq;
    }

    public String getAuthor() {
      return author;
    }

    public String getText() {
      return text;
    }

    public String getWhen() {
      return when;
    }
  }

  /** On the GET: the search and page from the query string, read leniently. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    var parameters = faces.getExternalContext().getRequestParameterMap();
    search =
        new MessageSearch(parameters.get("room"), parameters.get("author"), parameters.get("text"));
    paging =
        Paging.of(parameters.get("page"), Moderation.PAGE_SIZE, moderation.countMessages(search));
    rows = moderation.messages(search, paging).stream().map(Row::of).toList();
  }

  public void delete(String room, long seq) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      var deleted = moderation.deleteMessage(external.getUserPrincipal().getName(), room, seq);
      external
          .getFlash()
          .put(
              "done",
              "Deleted message #"
                  + seq
                  + " in #"
                  + room
                  + " by "
                  + deleted.author()
                  + ": it is gone from history and from every open page.");
    } catch (AdminRefused refused) {
      external.getFlash().put("problem", refused.getMessage());
    }
    external.redirect(
        external.getRequestContextPath() + "/admin/messages/" + queryString(paging.page()));
  }

  /** The query string of another page of this search. */
  public String queryString(int page) {
    StringBuilder query = new StringBuilder("?");
    append(query, "room", search.room());
    append(query, "author", search.author());
    append(query, "text", search.text());
    return query.append("page=").append(page).toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (!value.isEmpty()) {
      query
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
          .append('&');
    }
  }

  public String getPreviousPage() {
    return queryString(paging.page() - 1);
  }

  public String getNextPage() {
    return queryString(paging.page() + 1);
  }

  public MessageSearch getSearch() {
    return search;
  }

  public Paging getPaging() {
    return paging;
  }

  public List<Row> getRows() {
    return rows;
  }
}
