import { Directive, Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SearchFacetValue', { description: 'One value of a facet and how many matching resources have it.' })
export class SearchFacetValue {
  @Field(() => String, { description: 'The value as a filter takes it: an enum name, an id, or "true"/"false".' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'Its display name where the catalog has one.' })
  label!: string | null;

  @Field(() => Int)
  count!: number;
}

/** A facet list whose size the cost model assumes from the most values it can have. */
const facet = (assumedSize: number, description?: string) => (target: object, key: string) => {
  Directive(`@listSize(assumedSize: ${assumedSize})`)(target, key);
  Field(() => [SearchFacetValue], { description })(target, key);
};

@ObjectType('SearchFacets', {
  description:
    'Counts of the matching resources per facet value, most frequent first, at most 50 values a facet. Each facet is counted with every filter but its own, so choosing a value does not hide its alternatives.',
})
export class SearchFacets {
  @facet(8)
  resourceTypes!: SearchFacetValue[];

  @facet(3)
  resourceTypeGroups!: SearchFacetValue[];

  @facet(50, 'Topic ids; a resource counts for its topics and their ancestors.')
  topics!: SearchFacetValue[];

  @facet(50)
  offerors!: SearchFacetValue[];

  @facet(50)
  platforms!: SearchFacetValue[];

  @facet(50)
  departments!: SearchFacetValue[];

  @facet(7)
  levels!: SearchFacetValue[];

  @facet(2)
  certification!: SearchFacetValue[];

  @facet(4)
  certificationTypes!: SearchFacetValue[];

  @facet(2)
  free!: SearchFacetValue[];

  @facet(2)
  professional!: SearchFacetValue[];

  @facet(4)
  delivery!: SearchFacetValue[];

  @facet(50)
  languages!: SearchFacetValue[];
}
