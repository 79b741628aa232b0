/* bcryptprimitives.dll for Debian 12's wine (8.0), which lacks it: Go 1.24 and
 * later need its ProcessPrng at start-up. Real Windows 10 and 11 have it; this
 * file only serves scripts/package-test.sh, which runs carnet.exe under wine64.
 * ProcessPrng fills the buffer from RtlGenRandom (advapi32's SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x7fffffff ? 0x7fffffff : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
