package io.flick.bench.feedload;

import java.util.ArrayList;
import java.util.List;

/**
 * What the synthetic catalog is about: topics, each with its own hashtags and subjects, and the
 * posts (a caption and its hashtags) creators of a topic write. Posts are a bounded set,
 * {@value #POSTS_PER_TOPIC} per topic, so that only a few thousand distinct texts need the text
 * model (see {@link CaptionVectors}); captions read like real ones because they are built from the
 * phrasings people use on short-video apps.
 */
final class Topics {

    static final int POSTS_PER_TOPIC = 100;

    /** name | its hashtags | subjects captions talk about. */
    private static final String[] TABLE = {
            "dance|dance,dancechallenge,choreography,dancer|a new choreo;the viral dance;freestyle;a duet dance;the shuffle;hip hop moves",
            "cooking|cooking,recipe,homecooking,foodtok|pasta from scratch;a 10 minute dinner;ramen;the perfect omelette;meal prep;a one pan curry",
            "comedy|comedy,funny,skit,relatable|a skit with my roommate;office life;a prank;dad jokes;group chat energy;my cat's opinion",
            "fitness|fitness,gym,workout,gymtok|leg day;a home workout;deadlifts;a 5k run;core training;pull ups",
            "travel|travel,traveltok,wanderlust,explore|Lisbon;a night train;Tokyo street food;a hidden beach;a hostel;the Alps",
            "pets|pets,dogsoftiktok,catsoftiktok,puppy|my puppy;a rescue cat;dog training;a hamster maze;the zoomies;a parrot talking",
            "makeup|makeup,beauty,grwm,skincare|a soft glam look;my skincare routine;drugstore foundation;winged liner;a no makeup look;lip combos",
            "gaming|gaming,gamer,gameplay,twitch|a speedrun;a boss fight;the new battle royale;retro consoles;a clutch win;my setup",
            "music|music,singing,cover,musician|an acoustic cover;a beat from scratch;vocal warmups;a piano riff;a live loop;a song I wrote",
            "diy|diy,crafts,handmade,upcycling|a thrift flip;a shelf from pallets;candle making;resin art;a room makeover;a tiny house build",
            "gardening|gardening,plants,planttok,garden|tomatoes;a balcony garden;repotting a monstera;composting;succulents;seed starting",
            "cars|cars,cartok,carsoftiktok,jdm|a cold start;detailing a car;a track day;an engine swap;a barn find;a test drive",
            "tech|tech,techtok,gadgets,coding|a new phone;a keyboard build;a coding trick;a smart home;a laptop review;an AI tool",
            "books|booktok,books,reading,bookish|a fantasy series;my reading slump;a thriller;a library haul;annotating books;a cosy reading nook",
            "art|art,drawing,painting,artist|a watercolour sky;a portrait sketch;digital art;a mural;oil painting;a sketchbook tour",
            "fashion|fashion,ootd,style,outfit|a capsule wardrobe;a thrift haul;styling one jacket;street style;a fit check;vintage finds",
            "football|football,soccer,skills,goals|a bicycle kick;free kicks;training drills;matchday;a nutmeg;goalkeeper saves",
            "basketball|basketball,nba,hoops,ballislife|a crossover;three pointers;a dunk;pickup games;handles;a buzzer beater",
            "science|science,sciencetok,physics,experiment|an experiment at home;black holes;a chemistry trick;the ocean floor;a rocket launch;microscope views",
            "history|history,historytok,ancient,facts|ancient Rome;a medieval castle;a forgotten empire;old maps;the pyramids;a WW2 story",
            "language|languagelearning,spanish,polyglot,learnenglish|Spanish slang;Japanese particles;French pronunciation;a language exchange;idioms;Korean basics",
            "parenting|parenting,momtok,dadtok,toddler|toddler bedtime;a family morning;baby's first steps;lunchbox ideas;a parenting hack;a road trip with kids",
            "finance|finance,money,investing,budgeting|a budget that works;index funds;saving for a house;side hustles;a no spend month;credit scores",
            "photography|photography,photographer,camera,photooftheday|golden hour portraits;a film camera;phone photography;street photos;a lens test;editing presets",
            "baking|baking,bread,sourdough,cake|a sourdough loaf;a layer cake;croissants;cookies;a birthday cake;cinnamon rolls",
            "coffee|coffee,coffeetok,latteart,barista|latte art;a pour over;an espresso shot;cold brew;a cafe tour;a home barista setup",
            "outdoors|camping,hiking,outdoors,vanlife|a solo camping trip;a summit hike;van life;a rainy tent night;a forest trail;a campfire meal",
            "surfing|surfing,surf,ocean,waves|a barrel wave;a first surf lesson;a longboard session;a sunrise surf;wipeouts;a surf trip",
            "yoga|yoga,meditation,mindfulness,wellness|a morning flow;breathwork;a headstand;a stretch routine;a sound bath;journaling",
            "magic|magic,magictrick,illusion,cardtrick|a card trick;a coin vanish;street magic;a mind reading trick;sleight of hand;a levitation",
            "anime|anime,manga,otaku,cosplay|a cosplay build;the new anime season;a manga haul;anime fights;a fan theory;figure collecting",
            "horror|horror,scary,creepy,paranormal|a haunted house;a creepy story;a horror movie ranking;an abandoned hospital;sleep paralysis;a ghost hunt",
            "memes|memes,meme,viral,trend|the newest meme;a trend gone wrong;a reaction;internet culture;a sound everyone uses;a duet chain",
            "asmr|asmr,satisfying,relaxing,oddlysatisfying|soap cutting;slime;keyboard sounds;kinetic sand;a pressure wash;tapping sounds",
            "nature|nature,wildlife,animals,naturetok|a whale sighting;birds at the feeder;a thunderstorm;northern lights;a fox family;waterfalls",
            "weddings|wedding,bride,weddingtok,engaged|a proposal;a first dance;wedding planning;a dress fitting;a speech;a tiny wedding",
            "running|running,runner,marathon,runtok|marathon training;a trail run;a new PR;running shoes;interval sessions;a race day",
            "chess|chess,chesstok,chesscom,grandmaster|an opening trap;a blitz game;an endgame trick;a chess puzzle;a queen sacrifice;a rating climb",
            "guitar|guitar,guitarist,guitartok,riff|a blues riff;a fingerstyle cover;a pedalboard;a guitar solo;learning barre chords;a new guitar",
            "skate|skate,skateboarding,skatepark,kickflip|a kickflip;a bowl session;a first drop in;street skating;a board setup;a slam",
    };

    /** How people phrase captions; {} is the subject. */
    private static final String[] PHRASINGS = {
            "POV: you finally tried {}", "{} in 30 seconds", "nobody talks about this {} trick", "rating {} so you don't have to",
            "my {} routine", "first time trying {}", "{} but make it aesthetic", "things I wish I knew about {}",
            "quick {} tutorial", "is {} worth the hype?", "{} fails, part 2", "the easiest {} ever",
            "3 tips for {} as a beginner", "{} at 5am hits different", "how I got better at {}", "unpopular opinion: {}",
            "{} with my best friend", "cheap vs expensive {}", "{} level: expert", "trying {} everyone is talking about",
    };

    private static final String[] GENERIC_TAGS = {"fyp", "foryou", "viral", ""};

    record Topic(String name, List<String> hashtags, List<String> subjects) {
    }

    /** A caption as a creator writes it (hashtags inline, as people type them) and its hashtags in order. */
    record Post(String caption, List<String> hashtags) {
    }

    static final List<Topic> ALL = parse();

    static int count() {
        return ALL.size();
    }

    /**
     * The post {@code index} (0 until {@value #POSTS_PER_TOPIC}) of a topic: a phrasing and a subject,
     * two or three of the topic's hashtags and sometimes a generic one; distinct for every index.
     */
    static Post post(int topic, int index) {
        Topic t = ALL.get(topic);
        String phrasing = PHRASINGS[index % PHRASINGS.length];
        String subject = t.subjects().get((index / PHRASINGS.length + topic) % t.subjects().size());
        List<String> tags = new ArrayList<>();
        int first = index % t.hashtags().size();
        tags.add(t.hashtags().get(first));
        tags.add(t.hashtags().get((first + 1 + index / 7 % 3) % t.hashtags().size()));
        if (index % 3 == 0) {
            tags.add(t.hashtags().get((first + 2) % t.hashtags().size()));
        }
        String generic = GENERIC_TAGS[index / 11 % GENERIC_TAGS.length];
        if (!generic.isEmpty() && !tags.contains(generic)) {
            tags.add(generic);
        }
        List<String> distinct = tags.stream().distinct().toList();
        String caption = phrasing.replace("{}", subject) + " " + String.join(" ", distinct.stream().map(tag -> "#" + tag).toList());
        return new Post(caption, distinct);
    }

    private static List<Topic> parse() {
        List<Topic> topics = new ArrayList<>();
        for (String row : TABLE) {
            String[] parts = row.split("\\|");
            topics.add(new Topic(parts[0], List.of(parts[1].split(",")), List.of(parts[2].split(";"))));
        }
        return List.copyOf(topics);
    }

    private Topics() {
    }
}
