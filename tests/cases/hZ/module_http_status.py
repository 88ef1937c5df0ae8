import http
from http import HTTPStatus, HTTPMethod
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), f'{HTTPStatus.OK}', HTTPStatus.OK.phrase, HTTPStatus.OK.description, type(HTTPStatus).__name__, HTTPStatus.__mro__)
print(repr(HTTPMethod.GET), str(HTTPMethod.GET), HTTPMethod.GET.description, HTTPMethod.__mro__, HTTPMethod.GET == 'GET', f'{HTTPMethod.GET}')
print(len(HTTPStatus), len(HTTPMethod), HTTPStatus(404), HTTPStatus['NOT_FOUND'], HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND == 404, HTTPStatus.OK + 1)
for s in HTTPStatus:
    print(s.value, s.name, repr(s.phrase), repr(s.description))
print([(m.value, m.description) for m in HTTPMethod], HTTPMethod("POST"), HTTPStatus.IM_A_TEAPOT if hasattr(HTTPStatus, "IM_A_TEAPOT") else "")
try:
    HTTPStatus(999)
except ValueError as e:
    print(e)
print(http.__all__, isinstance(HTTPStatus.OK, int), sorted(HTTPStatus)[:2], HTTPStatus.OK.name, HTTPStatus.OK.value)
