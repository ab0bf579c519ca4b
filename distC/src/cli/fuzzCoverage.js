/** Opcode cells per line of the table. */
const COLUMNS = 5;
/**
 * The coverage part of `parevm fuzz`'s summary: a compact table of every expected opcode and its
 * executions on parevm's EVM (read down the columns, in byte order), one line per precompile with
 * its succeeded and failed calls, then "opcodes at zero: none" (or the list) and the same for
 * precompiles.
 */
export function formatCoverage(r) {
    const lines = [`parevm EVM coverage — ${r.blocks} blocks (${r.hardforks.join(', ')}): executions per opcode`];
    const nameWidth = Math.max(...r.opcodes.map((o) => o.name.length));
    const countWidth = Math.max(...r.opcodes.map((o) => String(o.executions).length));
    const cell = (i) => {
        const o = r.opcodes[i];
        return o ? `${o.name.padEnd(nameWidth)} ${String(o.executions).padStart(countWidth)}` : '';
    };
    const rows = Math.ceil(r.opcodes.length / COLUMNS);
    for (let row = 0; row < rows; row++) {
        lines.push('  ' +
            Array.from({ length: COLUMNS }, (_, c) => cell(c * rows + row))
                .filter(Boolean)
                .join('   '));
    }
    if (r.undefinedExecutions > 0)
        lines.push(`  (undefined opcode bytes executed: ${r.undefinedExecutions})`);
    lines.push('precompiles (calls that reached them):');
    for (const p of r.precompiles)
        lines.push(`  ${p.address.replace(/^0x0+/, '0x').padEnd(5)} ${p.name.padEnd(16)} ok ${String(p.ok).padStart(6)}   failed ${String(p.failed).padStart(6)}`);
    lines.push(`opcodes at zero: ${r.opcodesAtZero.length ? r.opcodesAtZero.join(', ') : 'none'}`);
    lines.push(`precompiles at zero: ${r.precompilesAtZero.length ? r.precompilesAtZero.join(', ') : 'none'}`);
    return lines;
}
//# sourceMappingURL=fuzzCoverage.js.map