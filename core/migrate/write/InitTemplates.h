#pragma once

namespace stratum::migrate::templates {

// Alembic 1.8's generic template files. Each starts with a newline (the raw
// string's first line), which users of these constants skip. kAlembicIni
// holds "${script_location}" placeholders, as alembic.ini.mako does.
extern const char *const kAlembicIni;
extern const char *const kEnvPy;
extern const char *const kScriptPyMako;
extern const char *const kReadme;

}  // namespace stratum::migrate::templates
