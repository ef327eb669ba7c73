#!/usr/bin/python3
"""Regenerates dotenv_cases.inc: each case's expected dotenv_values() and error
count come from the real python-dotenv (Debian's python3-dotenv), so the unit
test checks Stratum against the reference without needing Python at test time.

    /usr/bin/python3 tests/unit/dotenv/make_cases.py > tests/unit/dotenv/dotenv_cases.inc
"""
import io
import os

from dotenv import dotenv_values
from dotenv.parser import parse_stream

CASES = [
    ("plain", "A=1"),
    ("two lines", "A=1\nB=2"),
    ("export prefix", "export A=1"),
    ("export with tab", "export\tA=1"),
    ("export glued is a key", "exportA=1"),
    ("export alone is a key", "export=1"),
    ("spaces around equals", "A = 1 "),
    ("inner spaces kept", "A=hello world"),
    ("inline comment", "A=value # comment"),
    ("hash without space", "A=value#notcomment"),
    ("value starting with hash", "A=#x"),
    ("space then hash after equals", "A= #x"),
    ("tab before inline comment", "A=v\t# c"),
    ("comment line", "# comment\nA=1"),
    ("indented comment", "   # indented\nA=1"),
    ("single quoted", "A='single'"),
    ("single quoted escaped quote", "A='it\\'s'"),
    ("single quoted backslash", "A='a\\\\b'"),
    ("single quoted no newline escape", "A='no \\n escape'"),
    ("double quoted newline escape", 'A="line\\nbreak"'),
    ("double quoted tab escape", 'A="tab\\tx"'),
    ("double quoted escaped quote", 'A="q\\"q"'),
    ("double quoted control escapes", 'A="\\a\\b\\f\\r\\v"'),
    ("double quoted single quote escape", 'A="\\\'"'),
    ("double quoted unknown escape", 'A="unknown \\x escape \\u00e9"'),
    ("double quoted multi-line", 'A="multi\nline"\nB=2'),
    ("single quoted multi-line", "A='multi\nline'\nB=2"),
    ("double quoted then comment", 'A="x" # comment'),
    ("double quoted glued comment", 'A="x"#c'),
    ("quoted keeps hash", 'A="a # b"'),
    ("quoted keeps spaces", "A='  padded  '"),
    ("escaped backslash before close", 'A="a\\\\"'),
    ("escaped final quote backtracks", 'A="a\\"'),
    ("escaped quote then more", "A='a\\'b\\'c"),
    ("bare key", "A"),
    ("bare key then binding", "A\nB=1"),
    ("bare key with comment", "A # comment"),
    ("bare key glued comment", "A#x"),
    ("export bare key", "export A"),
    ("empty value", "A="),
    ("empty value then binding", "A=\nB=2"),
    ("empty quoted", "A=''\nB=\"\""),
    ("quoted key", "'quoted key'=1"),
    ("quoted key with equals", "'a=b'=c"),
    ("duplicate key last wins", "A=1\nA=2"),
    ("duplicate keeps first position", "A=1\nB=2\nA=3"),
    ("double equals", "A==b"),
    ("equals in value", "A=b=c"),
    ("crlf", "A=1\r\nB=2\r\n"),
    ("lone cr", "A=1\rB=2"),
    ("blank lines", "A=1\n  \n\n\tB=2\n\n"),
    ("trailing spaces stripped", "A=  spaced  "),
    ("unicode", "A=h\u00e9llo \u2713"),
    ("nbsp before hash is whitespace", "A=a\u00a0#c"),
    ("unicode space key separator", "A\u2003=1"),
    ("byte order mark stays in key", "\ufeffA=1"),
    ("comments after every kind", "A=1 #c\nB=\"2\" #c\nC='3' #c"),
    ("dollar without brace", "A=$B"),
    ("unclosed brace", "A=${B"),
    ("colon without dash", "A=${B:x}"),
    ("undefined variable", "A=${UNDEFINED_X}"),
    ("earlier key", "B=x\nA=${B}y"),
    ("later key is not seen", "A=${B}\nB=x"),
    ("default", "A=${B:-def}"),
    ("empty default", "A=${B:-}"),
    ("default with colon dash", "A=${B:-x:-y}"),
    ("nested default stops at brace", "A=${B:-${C}}"),
    ("bare key beats default", "B\nA=${B:-def}"),
    ("empty value beats default", "B=\nA=${B:-def}"),
    ("single quoted is interpolated", "B=v\nA='${B}'"),
    ("self reference", "A=1\nA=${A}2"),
    ("empty name", "A=${}"),
    ("two variables", "B=1\nC=2\nA=${B}-${C}"),
    ("variable in key is literal", "${B}=1"),
    ("unterminated double quote", 'A="unterminated\nB=2'),
    ("unterminated single quote", "A='open\nB=2"),
    ("quote closes on later line", 'A="x\nB=1\nC="y" z\nD=4'),
    ("equals first", "=value\nB=2"),
    ("space in key", "A B=1\nC=3"),
    ("unterminated quoted key", "'key=1\nB=2"),
    ("empty quoted key", "''=1\nB=2"),
    ("text after quote", "A='x' trailing\nB=2"),
    ("double quotes twice", 'A="x""y"\nB=2'),
    ("export then equals", "export =1\nB=2"),
    ("export then newline", "export \nB=2"),
    ("nul character", "A=a\0b"),
    ("vertical tab is whitespace", "A=1\x0b\x0cB=2"),
]


def cxx(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F:
            out.append("\\%03o" % o)
        elif o < 0x7F:
            out.append(ch)
        else:
            out.append("\\u%04x" % o if o <= 0xFFFF else "\\U%08x" % o)
    return 'u"' + "".join(out) + '"'


os.environ.clear()
print("// Generated by make_cases.py from python-dotenv; do not edit by hand.")
for name, text in CASES:
    values = dotenv_values(stream=io.StringIO(text))
    errors = sum(1 for b in parse_stream(io.StringIO(text)) if b.error)
    pairs = ", ".join(
        "{str(%s), %s}" % (cxx(k), "std::nullopt" if v is None else "Opt(str(" + cxx(v) + "))")
        for k, v in values.items())
    print('ADD_CASE("%s", %s, (Pairs{%s}), %d);' % (name, cxx(text), pairs, errors))
