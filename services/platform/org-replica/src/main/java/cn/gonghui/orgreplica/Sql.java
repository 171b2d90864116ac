package cn.gonghui.orgreplica;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the current transaction, for the replica's upserts and path rewrites. A
 * null parameter is sent untyped, so PostgreSQL gives it the type of the column it goes into.
 */
final class Sql {

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static int update(EntityManager em, String sql, Object... args) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = prepare(c, sql, args)) {
                return ps.executeUpdate();
            }
        });
    }

    static <T> List<T> list(EntityManager em, String sql, Row<T> row, Object... args) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        });
    }

    static <T> Optional<T> first(EntityManager em, String sql, Row<T> row, Object... args) {
        return list(em, sql, row, args).stream().findFirst();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
