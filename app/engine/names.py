"""Generated container names: adjective_surname, as the daemon's name generator makes them."""

from __future__ import annotations

from .world import World

ADJECTIVES = [
    "admiring", "affectionate", "agitated", "amazing", "angry", "awesome", "blissful", "bold", "brave",
    "busy", "charming", "clever", "compassionate", "competent", "confident", "cool", "dazzling",
    "determined", "eager", "ecstatic", "elastic", "elegant", "epic", "exciting", "fervent", "focused",
    "friendly", "funny", "gallant", "gifted", "gracious", "happy", "hopeful", "inspiring", "jolly",
    "jovial", "keen", "kind", "laughing", "loving", "lucid", "magical", "modest", "musing", "nice",
    "nifty", "nostalgic", "optimistic", "peaceful", "pensive", "practical", "priceless", "quirky",
    "relaxed", "reverent", "romantic", "serene", "sharp", "silly", "sleepy", "stoic", "strange",
    "sweet", "tender", "thirsty", "trusting", "upbeat", "vibrant", "vigilant", "wizardly", "wonderful",
    "youthful", "zealous", "zen",
]

SURNAMES = [
    "agnesi", "albattani", "allen", "archimedes", "babbage", "banach", "bardeen", "bartik", "bell",
    "bhabha", "blackwell", "bohr", "booth", "borg", "bose", "brahmagupta", "cannon", "carson", "cerf",
    "chandrasekhar", "clarke", "curie", "darwin", "davinci", "dijkstra", "easley", "einstein",
    "elion", "euclid", "euler", "faraday", "fermat", "fermi", "feynman", "franklin", "galileo",
    "gauss", "goldberg", "goodall", "hamilton", "hawking", "heisenberg", "hertz", "hodgkin", "hopper",
    "hypatia", "jackson", "jemison", "joliot", "kalam", "kepler", "khorana", "knuth", "kowalevski",
    "lamarr", "leakey", "lovelace", "lumiere", "mayer", "mccarthy", "meitner", "mendel", "mirzakhani",
    "morse", "napier", "newton", "noether", "pascal", "pasteur", "perlman", "poincare", "ramanujan",
    "ritchie", "sammet", "shannon", "shockley", "sinoussi", "swartz", "tesla", "thompson", "torvalds",
    "turing", "varahamihira", "villani", "wescoff", "williams", "wozniak", "yalow", "yonath",
]


def random_name(world: World) -> str:
    """A free adjective_surname name drawn from the world's seed ('boring_wozniak' is never used)."""
    for _ in range(100):
        name = f"{ADJECTIVES[world.rand(len(ADJECTIVES), 'adj')]}_{SURNAMES[world.rand(len(SURNAMES), 'name')]}"
        if name == "boring_wozniak" or world.container_by_name(name) is not None:
            continue
        return name
    return f"{name}{world.rand(10, 'retry')}"
