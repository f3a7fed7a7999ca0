import { entityFeeds } from '../../../open-data/published-practices.ts';

/** New and updated practices of one of the municipalities: /municipalities/<id>/rss.xml. */
export const { getStaticPaths, GET } = entityFeeds('municipalities');
