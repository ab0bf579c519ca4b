/**
 * Delta debugging (Zeller's ddmin, complement-removal form) over a list: removes chunks of
 * `items` as long as `fails` still holds, halving the chunk size down to single items. The
 * result is 1-minimal within the budget: removing any one remaining item makes `fails` false
 * (or the budget ran out). `fails` may be flaky (a race): it is asked once per candidate, so
 * callers should make it repeat internally.
 * @param fails true when the candidate still shows the failure
 * @param budget maximum number of `fails` calls (default 200)
 */
export async function ddmin(items, fails, budget = 200) {
    let current = items;
    let chunks = 2;
    let checks = 0;
    while (current.length >= 2 && checks < budget) {
        const size = Math.ceil(current.length / chunks);
        let removed = false;
        for (let start = 0; start < current.length && checks < budget; start += size) {
            const candidate = [...current.slice(0, start), ...current.slice(start + size)];
            if (candidate.length === 0)
                continue;
            checks++;
            if (await fails(candidate)) {
                current = candidate;
                chunks = Math.max(chunks - 1, 2);
                removed = true;
                break;
            }
        }
        if (!removed) {
            if (size <= 1)
                break;
            chunks = Math.min(chunks * 2, current.length);
        }
    }
    return { items: current, checks };
}
//# sourceMappingURL=minimize.js.map