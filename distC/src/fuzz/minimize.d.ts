/**
 * Delta debugging (Zeller's ddmin, complement-removal form) over a list: removes chunks of
 * `items` as long as `fails` still holds, halving the chunk size down to single items. The
 * result is 1-minimal within the budget: removing any one remaining item makes `fails` false
 * (or the budget ran out). `fails` may be flaky (a race): it is asked once per candidate, so
 * callers should make it repeat internally.
 * @param fails true when the candidate still shows the failure
 * @param budget maximum number of `fails` calls (default 200)
 */
export declare function ddmin<T>(items: T[], fails: (candidate: T[]) => Promise<boolean>, budget?: number): Promise<{
    items: T[];
    checks: number;
}>;
