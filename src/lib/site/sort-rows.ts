/** Orders table rows by a numeric value, keeping the register's own order for ties. */
export type SortDirection = 'ascending' | 'descending';

export function sortRows<T extends { value: number; order: number }>(rows: T[], direction: SortDirection): T[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => sign * (a.value - b.value) || a.order - b.order);
}
