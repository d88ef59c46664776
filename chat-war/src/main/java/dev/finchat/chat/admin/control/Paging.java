package dev.finchat.chat.admin.control;

/**
 * One page of a long list: which page (from 1) of how many, and the rows it starts at. A page asked
 * for beyond the last shows the last; anything that is not a page number shows the first.
 */
public record Paging(int page, int size, long total) {

  public Paging {
    if (size < 1) {
      throw new IllegalArgumentException("a page holds at least one row");
    }
    total = Math.max(0, total);
    page = Math.min(Math.max(1, page), pages(total, size));
  }

  /** The page a request asked for ({@code ?page=}), read leniently. */
  public static Paging of(String requested, int size, long total) {
    int page = 1;
    if (requested != null && requested.strip().matches("\\d{1,9}")) {
      page = Integer.parseInt(requested.strip());
    }
    return new Paging(page, size, total);
  }

  private static int pages(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public int pages() {
    return pages(total, size);
  }

  /** The index of the page's first row. */
  public int first() {
    return (page - 1) * size;
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }
}
