match p:
    case Point(x=0, y=-1.5) as q | [1, *r] | {"k": v, **m}:
        pass
    case _ if (w := 1):
        pass
