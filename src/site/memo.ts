import memoizeFunction from 'memoize';

/**
 * `compute` made to run once per key object (a build's site data, a corpus) and return the same value
 * afterwards, for as long as the object lives (a WeakMap cache): what every page of a build shares.
 */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
	return memoizeFunction(compute, { cache: new WeakMap<K, { data: V; maxAge: number }>() });
}
