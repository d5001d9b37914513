/**
 * Opens a payment's printable receipt. /receipts/<id>.html wants `Authorization: Bearer` (the
 * access token lives in memory only, so a plain link would be 401): fetch it with the token and
 * show the page from a blob. The tab is opened before the fetch, so popup blockers allow it.
 */
export async function openReceipt(paymentId: string, accessToken: string | null, refresh: () => Promise<string | null>): Promise<void> {
  const tab = window.open('', '_blank');
  const load = (token: string | null) => fetch(`/receipts/${encodeURIComponent(paymentId)}.html`, { headers: token ? { authorization: `Bearer ${token}` } : {}, credentials: 'same-origin' });
  try {
    let response = await load(accessToken);
    if (response.status === 401) response = await load(await refresh());
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      throw new Error(body?.message ?? response.statusText);
    }
    const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    else {
      const link = Object.assign(document.createElement('a'), { href: url, download: `receipt-${paymentId}.html` });
      link.click();
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
