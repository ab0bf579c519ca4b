export interface TestRedis {
    url: string;
    /** A namespace no other test run uses (key prefix). */
    namespace: (what: string) => string;
    stop: () => Promise<void>;
}
/** A running Redis, or the reason there is none. */
export declare function startRedis(): Promise<TestRedis | {
    skip: string;
}>;
