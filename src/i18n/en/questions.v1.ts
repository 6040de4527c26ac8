import type { QUESTION_SET_V1 } from '@/domain/questions.v1'
import type { QuestionSetWords } from '../questionWords'

// The words of question set 1 (src/domain/questions.v1.ts), keyed by id: the
// question, its five levels (level 1 first), one advice text for every level, and the
// essay’s passage it rests on, verbatim.
//
// Released content: once a version is out, links depend on its question order, and answers
// to it on the words below. Change a word only where the meaning of every level stays the
// same; anything else is a new version (see src/domain/questionSets.ts).

export const questionsV1 = {
  'culture-judged': {
    text: 'How does leadership judge whether the connected service is a success?',
    levels: [
      'Only by its revenue and margin, exactly like any product line in the portfolio.',
      'Some managers mention customer satisfaction, but reviews of the service still ask only about margin.',
      'Customer satisfaction with the service is defined and reported next to its revenue in management reviews.',
      'Satisfaction targets for the service are tracked every month and change decisions about the service.',
      'The product is judged on margin and the service on satisfaction, and leadership reviews both together.',
    ],
    advice:
      'Add a customer satisfaction measure for the service to the management review, next to its revenue, and agree a target for it.',
    quote:
      'While the first lives off high enough margins in the retail chain, the later lives off customer satisfaction, with basically very thin margins.',
  },
  'culture-solid': {
    text: 'How are quality and durability promises for the physical product set and kept?',
    levels: [
      'No quality promise is written down; complaints about the device are handled case by case.',
      'Experienced engineers hold their own quality standards, but they are not written down anywhere.',
      'Written quality and durability specifications exist for every product and are checked before release.',
      'Field failure rates are measured and the findings feed back into the next design.',
      'Device quality targets are set together with the service team, as one promise to the customer.',
    ],
    advice:
      'Write down the durability the customer can count on for each device and start counting field failures against it.',
    quote: 'To put it boldly, what a customer expects from a product: something solid.',
  },
  'culture-anytime': {
    text: 'Who answers when the connected service fails at 2 a.m.?',
    levels: [
      'Nobody; customers find night-time failures and they are handled on the next working day.',
      'A few committed people pick up the phone at night when they happen to notice.',
      'A defined on-call rota covers nights and weekends, with a written path for escalation.',
      'Night-time incidents are measured for response time and reviewed so that they do not repeat.',
      'Round-the-clock cover is planned into every launch, with staff and budget set aside for it.',
    ],
    advice:
      'Set up an on-call rota for nights and weekends with a written escalation path, and tell customers what they can expect.',
    quote:
      'And what a customer expects from a service: something that is available anytime. (Like, literally, in the middle of the night!)',
  },
  'culture-convenience': {
    text: 'How does the company find out which convenience customers would pay extra for?',
    levels: [
      'Nobody asks; the offer is the product as it has always been sold.',
      'Sales people pass on stories about chores customers would gladly pay someone to do.',
      'The chores around using the product are listed and each one is priced as a possible service.',
      'Willingness to pay for convenience is tested with real customers and the results are acted on.',
      'Convenience services are designed together with the product and priced as part of one offer.',
    ],
    advice:
      'List the chores customers do around your product, such as cutting and carrying the wood, and test which ones they would pay to hand over.',
    quote:
      'Value through a service is created by making something more convenient. … I would spend a premium for somebody to do the work.',
  },
  'culture-understanding': {
    text: 'How well do product people and service people understand how the other side works?',
    levels: [
      'The two groups rarely meet and see each other’s priorities mainly as obstacles to their own.',
      'A few individuals build bridges between the two groups on their own initiative.',
      'Each side’s goals and ways of working are written down and shared with the other side.',
      'Joint reviews track where the two cultures clash and what was done about each clash.',
      'Product and service people plan together, and each side’s needs shape the other’s decisions.',
    ],
    advice:
      'Hold a joint session where product and service teams each explain what success means for them, and write down where the two differ.',
    quote:
      'The things industry is not very familiar with service offerings. It’s actually something fundamentally different from the internet or services industry.',
  },
  'methods-supply': {
    text: 'How are stock and supply chain for the physical product planned?',
    levels: [
      'Parts and stock are ordered when someone notices a shortage on the shop floor.',
      'Experienced planners forecast demand in their own spreadsheets, each in their own way.',
      'A defined planning process sets stock levels and takes supplier lead times into account.',
      'Stock turns, lead times and shortages are measured, and plans are adjusted on those figures.',
      'One supply plan covers the device, its connected parts and the service rollout together.',
    ],
    advice: 'Agree one planning process for stock levels and supplier lead times, and measure shortages against it.',
    quote: 'Things require a stock and supply chain.',
  },
  'methods-response': {
    text: 'How quickly does someone respond when a customer reports a problem with the service?',
    levels: [
      'Nobody keeps track; replies go out whenever someone in the team finds the time.',
      'Support staff try to answer quickly, but there is no agreed target for how quickly.',
      'Response time targets are written down and every person in the support team knows them.',
      'Response times are measured against the target every week, and every miss is followed up.',
      'Response targets are promised to customers and met, with staffing planned so they hold.',
    ],
    advice:
      'Write down a target time to first response for each kind of customer report, and start measuring it every week.',
    quote: 'A service requires time to response and time to resolution.',
  },
  'methods-resolution': {
    text: 'How is the time it takes to fix a reported service problem managed?',
    levels: [
      'Problems stay open until someone happens to solve them; nobody knows how long that takes.',
      'Urgent cases are chased by individuals, while everything else waits in the queue.',
      'Resolution targets exist for each type of problem, and every ticket is tracked until it is closed.',
      'Time to resolution is measured and reported, and used to remove the causes of repeated problems.',
      'Resolution targets shape design and releases, so fixes reach the devices and the service alike.',
    ],
    advice: 'Set a target time to resolution for each type of problem and track every ticket until it is closed.',
    quote: 'A service requires time to response and time to resolution.',
  },
  'methods-speed': {
    text: 'How is the speed of the app and connected service measured while customers use it?',
    levels: [
      'It is not measured; slowness is noticed when customers complain to dealers or support.',
      'Developers check the speed now and then on their own phones and devices.',
      'Target response times for the app and the service are written down and agreed.',
      'Real response times are monitored all the time, and alarms lead to action within hours.',
      'Response-time targets are part of every release decision, for the device and the service alike.',
    ],
    advice: 'Agree target response times for the app and the service, then monitor what customers actually get.',
    quote: 'Or response time, for interactive services.',
  },
  'methods-fit': {
    text: 'Is the service run by a method suited to services, rather than the hardware’s method?',
    levels: [
      'The service runs through the same stage-gate plan as the hardware, or through no method at all.',
      'Service teams work around the hardware process informally to keep the service running.',
      'Product development and service operation each have a defined method that suits its work.',
      'Both methods are measured: the product on delivery and supply, the service on response and resolution.',
      'The two methods are tuned together, with agreed hand-overs where the device and the service meet.',
    ],
    advice:
      'Give the service its own way of working, with releases and incident handling, instead of routing it through the hardware stage gates.',
    quote: 'And so do physical projects require different management methods than services do.',
  },
  'transformation-offer': {
    text: 'How is the value of the connected product described to customers?',
    levels: [
      'Connectivity appears as one more feature on the spec sheet, next to size and colour.',
      'Some staff can explain what the connection does for the customer, each in their own words.',
      'A written value proposition says what the device and the service give the customer together.',
      'The combined proposition is tested with customers and revised from what they tell us.',
      'Device and service are sold, priced and explained as one offer in every sales channel.',
    ],
    advice:
      'Write one value proposition that says what the device and the service do for the customer together, and test it with customers.',
    quote:
      'Putting a chip in it is not the single answer to achieve Digital Transformation. It requires to combine product and services business …',
  },
  'transformation-model': {
    text: 'How does the connected service earn its money?',
    levels: [
      'It does not; the costs of the service are hidden somewhere in the device price.',
      'A fee is charged in some markets, decided deal by deal by the sales team.',
      'A defined business model sets what the service charges and what it may cost to run.',
      'Service revenue, cost and uptake are tracked, and the model is adjusted on those figures.',
      'One business model covers device and service, with targets for both in the same plan.',
    ],
    advice:
      'Decide what the service charges and what it may cost, and track its revenue and uptake separately from the device.',
    quote:
      'It requires to combine product and services business and that process is the actual transformation people are looking at.',
  },
  'transformation-expectations': {
    text: 'How does the company find out what customers now expect from the connected product?',
    levels: [
      'It assumes customers expect the same from it as from the unconnected product.',
      'Complaints and dealer feedback give occasional hints about new expectations.',
      'What customers expect from the service is researched and written down for the teams.',
      'Expectations are checked regularly against what customers experience, and the gaps are closed.',
      'Customer expectations shape the device roadmap and the service levels at the same time.',
    ],
    advice:
      'Interview a handful of connected-product customers about what they now expect, and write it down where both teams see it.',
    quote:
      'The product will work so much different than before and the customers expectations will not be the same either.',
  },
  'transformation-channel': {
    text: 'What part do dealers and retailers play in selling and supporting the connected service?',
    levels: [
      'None; they sell the device, and the service is not their concern at all.',
      'Some dealers promote the app and the service to customers on their own initiative.',
      'Each dealer’s part in selling and supporting the service is agreed in writing.',
      'How many customers each dealer brings to the service is measured and rewarded.',
      'Dealers earn from the service as well as the device, so the whole chain pulls one way.',
    ],
    advice:
      'Agree with your dealers what part they play in selling and supporting the service, and what they earn from it.',
    quote: 'While the first lives off high enough margins in the retail chain …',
  },
  'transformation-home': {
    text: 'Where does the connected service sit in the organisation?',
    levels: [
      'Nowhere in particular; it is a side task of the hardware engineering department.',
      'A small team runs it with people borrowed from other departments when needed.',
      'A named unit owns the service, with its own budget and its own staff.',
      'The service unit’s results are reviewed by leadership alongside the product lines.',
      'Device and service units share goals and plan the combined offer together.',
    ],
    advice:
      'Give the service a named owner with its own budget and staff, instead of leaving it as a side task of engineering.',
    quote: 'That process is the actual transformation people are looking at.',
  },
  'decision-sponsor': {
    text: 'Who decided that the company runs a connected service, and who carries that decision?',
    levels: [
      'Nobody decided; the service exists because a development project once added it.',
      'A middle manager champions it, without any authority over budgets or other departments.',
      'A named senior executive made the decision and is accountable for the service.',
      'The sponsor reviews progress regularly and removes obstacles between departments.',
      'The decision is held by the board, and the sponsor carries it through budget cycles and setbacks.',
    ],
    advice:
      'Ask a senior executive to take the decision to run a connected service explicitly, be named as its sponsor, and report on it.',
    quote: 'Somebody high enough will have to take a decision and carry it until Digital Transformation happens.',
  },
  'decision-finance': {
    text: 'What financial return does leadership expect from the connected service?',
    levels: [
      'The same margin as the hardware, or the service gets cut at the next review.',
      'Thin service margins are tolerated quietly, case by case, without anyone saying so.',
      'Separate financial expectations for the service are written into the business plan.',
      'Service finances are tracked against those expectations, and the plan is revised openly.',
      'Leadership plans device and service finances as one, accepting thin service margins for the whole offer.',
    ],
    advice:
      'Write separate financial expectations for the service into the plan, and accept openly that its margin will be thinner than the hardware’s.',
    quote:
      'It requires a component that contradicts traditional management behavior as well as financial expectations.',
  },
  'decision-service-goals': {
    text: 'What are the people responsible for the service measured on?',
    levels: [
      'On financial targets only, in the same way as their product colleagues.',
      'Mainly on financial targets, with customer feedback mentioned informally in reviews.',
      'Customer satisfaction is a written objective for everyone responsible for the service.',
      'Customer satisfaction is measured regularly and weighs most in their performance reviews.',
      'By design, service people are measured on customer satisfaction and product people on margins.',
    ],
    advice:
      'Make customer satisfaction the main objective of the people responsible for the service, and measure it regularly.',
    quote:
      'People responsible for the service in that organisation can’t be measured on financial goals as their product colleagues, but customer satisfaction.',
  },
  'decision-product-goals': {
    text: 'Does the connected service count in the goals of the product managers?',
    levels: [
      'No; their goals are hardware units and margin, and the service does not count.',
      'Some product managers take the service into account of their own accord.',
      'Product managers’ written goals name service uptake alongside the hardware margin.',
      'Service uptake and satisfaction are measured and count in product managers’ reviews.',
      'Device and service goals are set together so that neither side wins at the other’s cost.',
    ],
    advice: 'Add service uptake to the written goals of the product managers, next to the hardware margin.',
    quote:
      'Margin driven things companies will have a difficult time appreciating low margin service as part of their portfolio.',
  },
  'decision-staying-power': {
    text: 'What happens to the connected service when budgets get tight?',
    levels: [
      'It is the first thing to be cut, before anything in the hardware budget.',
      'It survives only when somebody argues hard for it in the budget round.',
      'Its budget is protected by a written commitment that spans several years.',
      'Its budget is reviewed on agreed service measures, not only on this year’s profit.',
      'Leadership keeps funding it through downturns because it is part of the company’s strategy.',
    ],
    advice:
      'Agree a budget commitment for the service that spans several years, reviewed on service measures rather than this year’s profit.',
    quote: 'Somebody high enough will have to take a decision and carry it until Digital Transformation happens.',
  },
  'integration-ownership': {
    text: 'Who manages the connected product as a whole, the device and the service together?',
    levels: [
      'Nobody; the hardware and the service are managed in separate parts of the company.',
      'Product managers coordinate with the service team informally, when problems come up.',
      'One product manager is responsible for device and service, in a role that is written down.',
      'That role’s decisions are judged on results across the device and the service together.',
      'One product management runs the whole offer and may trade off between device and service.',
    ],
    advice: 'Name one product manager responsible for the device and the service together, and write the role down.',
    quote: 'A digitise product needs to be managed with services and the tangible parts in mind.',
  },
  'integration-cycles': {
    text: 'How are the long hardware cycle and the fast service cycle planned together?',
    levels: [
      'They are planned separately, and each side learns about the other’s plans late.',
      'Teams share their schedules with each other when somebody asks for them.',
      'A joint roadmap shows the hardware releases and the service releases side by side.',
      'Dependencies between the two roadmaps are tracked, and delays are acted on early.',
      'Hardware is designed so that the service can keep evolving for years after the device ships.',
    ],
    advice: 'Put hardware and service releases on one roadmap, and mark where one depends on the other.',
    quote: 'The product will have development cycles that are much longer and the supply chain needs to be managed …',
  },
  'integration-operations': {
    text: 'Who operates the service once the devices are sold?',
    levels: [
      'No one in particular; the service keeps running until something breaks.',
      'The developers who built it keep it running alongside their new work.',
      'An operations team with written duties runs the service day to day.',
      'Availability of the service is measured, and product management reviews the figures.',
      'Running the service is planned and funded for the whole life of the devices sold.',
    ],
    advice: 'Give running the service to a team with written duties, and measure its availability.',
    quote: 'While a product is produced, a service is operated.',
  },
  'integration-parts': {
    text: 'How does the supply chain plan for the connected parts over the service’s life?',
    levels: [
      'Connected parts are bought like any other component, with no thought for the service life.',
      'Buyers check with engineers about spare connectivity parts when somebody asks them to.',
      'Supply and spares of connected parts are planned for the service life promised to customers.',
      'Supply of connected parts is monitored against service needs, and risks are raised early.',
      'Supply and service plans are made together, so devices stay connected as long as promised.',
    ],
    advice: 'Plan supply and spares of the connected parts for as long as the service is promised to customers.',
    quote: 'The product will have development cycles that are much longer and the supply chain needs to be managed …',
  },
  'integration-evolution': {
    text: 'How does the service keep up with what customers expect after the launch?',
    levels: [
      'It stays as it was launched, until something breaks and has to be fixed.',
      'Updates come whenever a developer finds time between other projects.',
      'A defined release plan updates the service and the device software regularly.',
      'Customer feedback and usage figures are measured and decide what changes next.',
      'The service evolves continuously, while the device keeps working the way customers expect.',
    ],
    advice: 'Set a regular release plan for the service and the device software, fed by customer feedback.',
    quote: 'The service attached to the product needs to work to the customers expectations and evolve much different.',
  },
} satisfies QuestionSetWords<typeof QUESTION_SET_V1>
