#pragma once

// The flush-ordering scenario on the Chinook schema, shared by the
// SQLite and PostgreSQL tests (the fixtures spell names differently): insert
// an artist, album, track, playlist and playlist_track added in reverse
// order, flush, check the order and that previewFlush() equals what reached
// the driver; then delete them in several orders.

#include "RecordingConnection.h"
#include "core/session/Session.h"

#include <QTest>

#include <algorithm>
#include <functional>

namespace stratum::session::test {

struct ChinookNames
{
    QString artist, album, track, playlist, playlistTrack;
    QString artistId, albumId, trackId, playlistId, name, title, mediaTypeId, milliseconds,
        unitPrice;
};

inline ChinookNames sqliteChinook()
{
    return {"Artist",   "Album",       "Track",        "Playlist",   "PlaylistTrack",
            "ArtistId", "AlbumId",     "TrackId",      "PlaylistId", "Name",
            "Title",    "MediaTypeId", "Milliseconds", "UnitPrice"};
}

inline ChinookNames pgChinook()
{
    return {"artist",    "album",         "track",        "playlist",    "playlist_track",
            "artist_id", "album_id",      "track_id",     "playlist_id", "name",
            "title",     "media_type_id", "milliseconds", "unit_price"};
}

inline SessionObject make(Session &s, const QString &table,
                          const QList<std::pair<QString, QVariant>> &values)
{
    Result<SessionObject> o = s.create(table);
    if (!o)
        return {};
    for (const auto &[column, value] : values) {
        if (!o.value().setValue(column, value))
            return {};
    }
    return o.value();
}

// The five rows of the scenario, keyed from id.
inline std::vector<SessionObject> chinookRows(Session &s, const ChinookNames &n, int id)
{
    return {
        make(s, n.artist, {{n.artistId, id}, {n.name, QStringLiteral("Artist %1").arg(id)}}),
        make(s, n.album, {{n.albumId, id}, {n.title, QStringLiteral("Album")}, {n.artistId, id}}),
        make(s, n.track,
             {{n.trackId, id},
              {n.name, QStringLiteral("Track")},
              {n.albumId, id},
              {n.mediaTypeId, 1},
              {n.milliseconds, 1000},
              {n.unitPrice, 0.99}}),
        make(s, n.playlist, {{n.playlistId, id}, {n.name, QStringLiteral("List")}}),
        make(s, n.playlistTrack, {{n.playlistId, id}, {n.trackId, id}})};
}

// Position of the first statement that writes table; -1 when none.
inline int firstWrite(const QList<FlushStatement> &statements, const QString &table)
{
    const QString quoted = u'"' + table + u'"';
    for (int i = 0; i < statements.size(); ++i) {
        const QString &sql = statements[i].sql;
        if ((sql.startsWith(QLatin1String("INSERT INTO ") + quoted + u' ')) ||
            sql.startsWith(QLatin1String("DELETE FROM ") + quoted + u' '))
            return i;
    }
    return -1;
}

inline void chinookFlushOrder(Session &s, const ChinookNames &n, StatementLog &log)
{
    std::vector<SessionObject> rows = chinookRows(s, n, 900001);
    for (const SessionObject &o : rows)
        QVERIFY(!o.isNull());
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        QVERIFY(s.add(*it));
    QCOMPARE(s.pendingChanges().size(), size_t(5));
    Result<std::vector<FlushStatement>> preview = s.previewFlush();
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    log.take();
    const Status flushed = s.flush();
    QVERIFY2(flushed, qPrintable(flushed ? QString() : flushed.error().message));
    const QList<FlushStatement> executed = log.take();
    QCOMPARE(executed.size(), qsizetype(preview->size()));
    for (qsizetype i = 0; i < executed.size(); ++i) {
        QCOMPARE(executed[i].sql, (*preview)[size_t(i)].sql);
        QCOMPARE(executed[i].params, (*preview)[size_t(i)].params);
    }
    const int artist = firstWrite(executed, n.artist);
    const int album = firstWrite(executed, n.album);
    const int track = firstWrite(executed, n.track);
    const int playlist = firstWrite(executed, n.playlist);
    const int playlistTrack = firstWrite(executed, n.playlistTrack);
    QVERIFY(artist >= 0 && album >= 0 && track >= 0 && playlist >= 0 && playlistTrack >= 0);
    QVERIFY(artist < album);
    QVERIFY(album < track);
    QVERIFY(track < playlistTrack);
    QVERIFY(playlist < playlistTrack);
    for (const SessionObject &o : rows)
        QCOMPARE(o.state(), ObjectState::Persistent);
    QVERIFY(s.commit());

    // Delete in several orders, parents first included.
    const std::vector<std::vector<int>> orders = {
        {0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 0, 4, 1, 3}};
    int id = 900100;
    for (const std::vector<int> &order : orders) {
        std::vector<SessionObject> set = chinookRows(s, n, ++id);
        for (const SessionObject &o : set)
            QVERIFY(s.add(o));
        QVERIFY(s.commit());
        for (int i : order)
            QVERIFY(s.remove(set[size_t(i)]));
        const Status deleted = s.commit();
        QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().message));
        for (const SessionObject &o : set)
            QCOMPARE(o.state(), ObjectState::Detached);
        Result<SessionObject> gone = s.get(n.artist, {id});
        QVERIFY(gone);
        QVERIFY(gone->isNull());
    }
    // The first set is still there, and comes back through the identity map.
    Result<SessionObject> album1 = s.get(n.album, {900001});
    QVERIFY(album1 && !album1->isNull());
    QVERIFY(*album1 == rows[1]);
    QCOMPARE(album1->value(n.title).toString(), QStringLiteral("Album"));
    QVERIFY(s.commit());
}

}  // namespace stratum::session::test
