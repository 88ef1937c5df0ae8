ñame = {"clé": 1}
résultat = ñame["clé"] + ñame["ça"]
