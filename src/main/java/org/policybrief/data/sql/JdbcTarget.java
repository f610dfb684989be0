package org.policybrief.data.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * A PostgreSQL database named by a JDBC URL, with the user and password taken from the URL or
 * else from {@code PGUSER}/{@code PGPASSWORD}. Neither ever appears in a message: messages name
 * the database as {@code postgresql://HOST:PORT/DATABASE} and have the password masked.
 */
public final class JdbcTarget {

  private static final int CONNECT_TIMEOUT_SECONDS = 10;
  /**
   * The whole log-in, and any wait for the server's next bytes: a server that took the connection
   * and never answered (a port of something else, a host gone silent) held the command for ever.
   */
  private static final int LOGIN_TIMEOUT_SECONDS = 10;
  private static final int SOCKET_TIMEOUT_SECONDS = 300;
  private static final String PREFIX = "jdbc:postgresql:";

  private final String url;
  private final Properties properties = new Properties();
  private final String described;
  private final String password;

  /** Throws when {@code url} is not a {@code jdbc:postgresql:} URL the driver understands. */
  public JdbcTarget(String url, Map<String, String> environment) throws IOException {
    Optional<String> problem = problem(url);
    if (problem.isPresent()) {
      throw new IOException(problem.get());
    }
    Properties parsed = Driver.parseURL(url, new Properties());
    this.url = url;
    String user = parsed.getProperty("user", environment.get("PGUSER"));
    this.password = parsed.getProperty("password", environment.get("PGPASSWORD"));
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("ApplicationName", "policybrief");
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    properties.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
    properties.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
    this.described = "postgresql://" + parsed.getProperty("PGHOST") + ":"
        + parsed.getProperty("PGPORT") + "/" + parsed.getProperty("PGDBNAME");
  }

  /**
   * Why {@code url} cannot name a database (a usage error: no connection is tried), or empty.
   * The text does not repeat the URL, which may hold credentials. The driver reads no user or
   * password written before the host: it takes {@code alice:PW@host} for a host name, which
   * error messages then showed, so such a URL is refused before the driver sees it.
   */
  public static Optional<String> problem(String url) {
    if (!url.startsWith(PREFIX)) {
      return Optional.of("not a PostgreSQL JDBC URL (expected jdbc:postgresql://HOST:PORT/DATABASE)");
    }
    if (hasUserInfo(url)) {
      return Optional.of("a user or password before the host is not read by the PostgreSQL driver:"
          + " give them as ?user=…&password=… or in PGUSER and PGPASSWORD (an @ in the database"
          + " name is written %40)");
    }
    if (url.startsWith(PREFIX + "//")) {
      String hosts = url.substring(PREFIX.length() + 2).split("[/?]", 2)[0];
      for (String host : hosts.split(",", -1)) {
        if (host.startsWith("[") != host.contains("]")) {
          return Optional.of("bad host \"" + host + "\" in the PostgreSQL JDBC URL (an IPv6"
              + " address goes in brackets: jdbc:postgresql://[::1]:5432/DATABASE)");
        }
      }
    }
    if (Driver.parseURL(url, new Properties()) == null) {
      return Optional.of("not a PostgreSQL JDBC URL (expected jdbc:postgresql://HOST:PORT/DATABASE,"
          + " with a port from 1 to 65535)");
    }
    return Optional.empty();
  }

  /**
   * Whether an {@code @} follows {@code //} before the query: user information. A password may
   * hold a {@code /}, so it is looked for up to the query, not only in the host part.
   */
  private static boolean hasUserInfo(String url) {
    if (!url.startsWith(PREFIX + "//")) {
      return false;
    }
    int query = url.indexOf('?');
    return url.substring(PREFIX.length(), query < 0 ? url.length() : query).contains("@");
  }

  /** A new connection in a transaction (auto-commit off). */
  Connection connect() throws IOException {
    try {
      Connection connection = new Driver().connect(url, properties);
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      throw failure("cannot connect", e);
    }
  }

  /** The database as printed in messages, without credentials. */
  public String describe() {
    return described;
  }

  /** An input/output error naming the database, never its credentials. */
  IOException failure(String what, SQLException e) {
    String detail = String.valueOf(e.getMessage());
    if (password != null && !password.isEmpty()) {
      detail = detail.replace(password, "***");
    }
    return new IOException(what + " (" + described + "): " + detail);
  }

  /** {@code "schema"."table"}, quoted so that any schema name is taken literally. */
  static String qualified(String schema, String table) {
    return quote(schema) + "." + quote(table);
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
