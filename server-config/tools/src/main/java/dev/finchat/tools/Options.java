package dev.finchat.tools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and the remaining arguments of a tool's command line. */
record Options(Map<String, String> named, List<String> rest) {

  static Options parse(String[] args) {
    Map<String, String> named = new HashMap<>();
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--") && i + 1 < args.length) {
        named.put(args[i], args[++i]);
      } else {
        rest.add(args[i]);
      }
    }
    return new Options(named, rest);
  }

  String value(String name, String defaultValue) {
    return named.getOrDefault(name, defaultValue);
  }

  int intValue(String name, int defaultValue) {
    String value = named.get(name);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a number, not '" + value + "'");
    }
  }
}
