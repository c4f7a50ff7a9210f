import { Directive, Field, Int, ObjectType } from 'type-graphql';

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('SearchFacetValue', { description: 'One value of a facet and how many matching resources have it.' })
export class SearchFacetValue {
  @Directive('@tag(name: "public")')
  @Field(() => String, { description: 'The value as a filter takes it: an enum name, an id, or "true"/"false".' })
  value!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: 'Its display name where the catalog has one.' })
  label!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => Int)
  count!: number;
}

/** A facet list whose size the cost model assumes from the most values it can have. */
const facet = (assumedSize: number, description?: string) => (target: object, key: string) => {
  Directive(`@listSize(assumedSize: ${assumedSize})`)(target, key);
  Field(() => [SearchFacetValue], { description })(target, key);
};

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('SearchFacets', {
  description:
    'Counts of the matching resources per facet value, most frequent first, at most 50 values a facet. Each facet is counted with every filter but its own, so choosing a value does not hide its alternatives.',
})
export class SearchFacets {
  @Directive('@tag(name: "public")')
  @facet(8)
  resourceTypes!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(3)
  resourceTypeGroups!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(50, 'Topic ids; a resource counts for its topics and their ancestors.')
  topics!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(50)
  offerors!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(50)
  platforms!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(50)
  departments!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(7)
  levels!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(2)
  certification!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(4)
  certificationTypes!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(2)
  free!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(2)
  professional!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(4)
  delivery!: SearchFacetValue[];

  @Directive('@tag(name: "public")')
  @facet(50)
  languages!: SearchFacetValue[];
}
