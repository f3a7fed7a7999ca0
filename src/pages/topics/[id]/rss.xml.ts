import { entityFeeds } from '../../../open-data/collections.ts';

/** New and updated practices of one of the topics: /topics/<id>/rss.xml. */
export const { getStaticPaths, GET } = entityFeeds('topics');
