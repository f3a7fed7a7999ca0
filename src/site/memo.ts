/**
 * `compute` made to run once per key object (a build's site data, a corpus) and return the same value
 * afterwards, for as long as the object lives: what every page of a build shares.
 */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
	const values = new WeakMap<K, V>();
	return (key) => {
		if (!values.has(key)) values.set(key, compute(key));
		return values.get(key) as V;
	};
}
