// Part of Chinook (PostgreSQL flavour: artist, album, genre, media_type,
// track, playlist_track) as a model document, built in code so that the
// editor tests need no database.
#pragma once

#include "core/schema/ModelFile.h"

namespace editortest {

using namespace stratum::schema;

inline Column column(const QString &name, ColumnType type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

inline ForeignKey foreignKey(const QString &name, const QString &column, const QString &table,
                             const QString &referred)
{
    ForeignKey fk;
    fk.name = name;
    fk.columns = {column};
    fk.referredTable = table;
    fk.referredColumns = {referred};
    return fk;
}

inline Index index(const QString &name, const QString &column)
{
    Index ix;
    ix.name = name;
    ix.elements = {IndexElement::ofColumn(column)};
    return ix;
}

inline Table keyed(const QString &name, const QString &id, std::vector<Column> more)
{
    Table t;
    t.name = name;
    t.columns = {column(id, ColumnType::integer(), false)};
    for (Column &c : more)
        t.columns.push_back(std::move(c));
    t.primaryKey = {name + "_pkey", {id}};
    return t;
}

inline ModelDocument chinook()
{
    ModelDocument doc;
    MetaData &md = doc.metadata;
    md.naming = NamingConvention::none();
    md.tables.push_back(keyed("artist", "artist_id", {column("name", ColumnType::string(120))}));
    Table album = keyed("album", "album_id",
                        {column("title", ColumnType::string(160), false),
                         column("artist_id", ColumnType::integer(), false)});
    album.foreignKeys = {foreignKey("album_artist_id_fkey", "artist_id", "artist", "artist_id")};
    album.indexes = {index("album_artist_id_idx", "artist_id")};
    md.tables.push_back(album);
    md.tables.push_back(keyed("genre", "genre_id", {column("name", ColumnType::string(120))}));
    md.tables.push_back(
        keyed("media_type", "media_type_id", {column("name", ColumnType::string(120))}));
    Table track = keyed(
        "track", "track_id",
        {column("name", ColumnType::string(200), false), column("album_id", ColumnType::integer()),
         column("media_type_id", ColumnType::integer(), false),
         column("genre_id", ColumnType::integer()), column("composer", ColumnType::string(220)),
         column("milliseconds", ColumnType::integer(), false),
         column("bytes", ColumnType::integer()),
         column("unit_price", ColumnType::numeric(10, 2), false)});
    track.columns[8].comment = "Price in USD";
    track.foreignKeys = {
        foreignKey("track_album_id_fkey", "album_id", "album", "album_id"),
        foreignKey("track_genre_id_fkey", "genre_id", "genre", "genre_id"),
        foreignKey("track_media_type_id_fkey", "media_type_id", "media_type", "media_type_id")};
    track.indexes = {index("track_album_id_idx", "album_id"),
                     index("track_genre_id_idx", "genre_id"),
                     index("track_media_type_id_idx", "media_type_id")};
    md.tables.push_back(track);
    Table playlistTrack;
    playlistTrack.name = "playlist_track";
    playlistTrack.columns = {column("playlist_id", ColumnType::integer(), false),
                             column("track_id", ColumnType::integer(), false)};
    playlistTrack.primaryKey = {"playlist_track_pkey", {"playlist_id", "track_id"}};
    playlistTrack.foreignKeys = {
        foreignKey("playlist_track_track_id_fkey", "track_id", "track", "track_id")};
    md.tables.push_back(playlistTrack);
    double x = 0;
    for (const Table &t : md.tables) {
        doc.setPosition({}, t.name, x, 0);
        x += 260;
    }
    return doc;
}

}  // namespace editortest
