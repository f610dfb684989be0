package org.policybrief.data.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * A PostgreSQL database named by a JDBC URL, with the user and password taken from the URL or
 * else from {@code PGUSER}/{@code PGPASSWORD}. Neither ever appears in a message: messages name
 * the database as {@code postgresql://HOST:PORT/DATABASE} and have the password masked.
 */
public final class JdbcTarget {

  private static final int CONNECT_TIMEOUT_SECONDS = 10;

  private final String url;
  private final Properties properties = new Properties();
  private final String described;
  private final String password;

  /** Throws when {@code url} is not a {@code jdbc:postgresql:} URL the driver understands. */
  public JdbcTarget(String url, Map<String, String> environment) throws IOException {
    Properties parsed = Driver.parseURL(url, new Properties());
    if (parsed == null) {
      throw new IOException("not a PostgreSQL JDBC URL (expected"
          + " jdbc:postgresql://HOST:PORT/DATABASE)");
    }
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
    this.described = "postgresql://" + parsed.getProperty("PGHOST") + ":"
        + parsed.getProperty("PGPORT") + "/" + parsed.getProperty("PGDBNAME");
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
