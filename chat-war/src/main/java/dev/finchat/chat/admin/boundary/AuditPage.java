package dev.finchat.chat.admin.boundary;

import dev.finchat.chat.admin.control.AuditLog;
import dev.finchat.chat.admin.control.Paging;
import dev.finchat.chat.admin.entity.AuditEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code /admin/audit/?page=…}: every administrator action, newest first. */
@Named
@RequestScoped
public class AuditPage {

  public static final int PAGE_SIZE = 50;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject AuditLog audit;

  private Paging paging;
  private List<Row> rows;

  /** One entry as the page shows it. */
  public record Row(String when, String who, String what, String whom, String detail) {
    public String getWhen() {
      return when;
    }

    public String getWho() {
      return who;
    }

    public String getWhat() {
      return what;
    }

    public String getWhom() {
      return whom;
    }

    public String getDetail() {
      return detail;
    }
  }

  public void load() {
    String page =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
    paging = Paging.of(page, PAGE_SIZE, audit.count());
    rows = audit.page(paging).stream().map(AuditPage::row).toList();
  }

  private static Row row(AuditEntry entry) {
    return new Row(
        WHEN.format(entry.at()),
        entry.actor(),
        entry.action().description(),
        entry.target(),
        entry.detail());
  }

  public Paging getPaging() {
    return paging;
  }

  public List<Row> getRows() {
    return rows;
  }
}
