// English function words plus words that carry no topic in questions to a policy assistant
// ("can", "please", "tell"). Kept short on purpose: topic words must never be here.
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been
  before being below between both but by can can't cannot could couldn't did didn't do does
  doesn't doing don't down during each either etc few for from further get gets got had hadn't
  has hasn't have haven't having he her here hers herself him himself his how i i'm if in into
  is isn't it it's its itself just let let's may me might more most must my myself no nor not
  of off on once only or other ought our ours ourselves out over own per please same shall she
  should so some such than that that's the their theirs them themselves then there there's
  these they they're this those through thus to too under until up upon us very via was wasn't
  we we're were weren't what what's when where which while who who's whom whose why will with
  within without would wouldn't you you're your yours yourself yourselves tell know want wants
  like would kind sort anything something thing things really much many lot lots i'll you'll he'll
  she'll it'll we'll they'll i've you've we've they've i'd you'd he'd she'd we'd they'd won't
  shan't mustn't needn't ain't`
    .split(/\s+/)
    .filter(Boolean),
);
