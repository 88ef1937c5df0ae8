"""The accelerator name of hashlib's SHA-3 and SHAKE functions."""

from hashlib import sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256

implementation = 'tiny_sha3'
keccakopt = 0
