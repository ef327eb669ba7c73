x = (-2) ** -1 if not a < b <= c else lambda y=1: y
f(*a, k=1, **c)[1:2, ::3]
@d.e(1)
async def g(a, /, b: int = 2, *c, d, **e) -> None:
    async with a as b, c:
        yield from x
    return b"\xff" rb"\n" f"{x!r}" "\u00e9"
