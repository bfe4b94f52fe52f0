"""Commands of the evaluation part of the foundation issue (placeholder until it lands)."""


def register(sub) -> None:
    return None
