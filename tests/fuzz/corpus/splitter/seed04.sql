/* nested /* ; */ */ SELECT E'it\'s;' -- c;
; SELECT :name, $1, ?2, @x::int FROM "a;b" [c;d] `e;f`;