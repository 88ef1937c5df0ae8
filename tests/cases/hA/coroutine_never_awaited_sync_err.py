import asyncio
async def work():
    return 1
def main():
    c = work()
    print(type(c).__name__)
main()
print("after")
